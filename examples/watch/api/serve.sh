# Prints its version every 2 seconds; edit the line below and watch the service get rebuilt.
VERSION="api v1"
trap 'exit 0' TERM
while true; do echo "$VERSION"; sleep 2; done
