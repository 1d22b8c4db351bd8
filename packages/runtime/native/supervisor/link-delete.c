/*
 * `tsc-supervisor link-delete <ifname>...`: deletes network interfaces by name, for a CLI that
 * must not wait for it. Deleting a bridge costs the kernel ~40 ms of RCU grace periods
 * (rcu_barrier in netdev_run_todo), all of it spent blocked in the deleting task, so the CLI
 * hands the deletion to this process and exits. The CLI passes its network-store lock on
 * fd 4: the lock stays held (flock follows the open file) until this process exits, so every
 * later network operation waits until the interfaces are really gone.
 *
 * Reports on fd 3 when it is open: "ok\n", or "err <ifname>: <reason>\n" per failure.
 * A name that does not exist (ENODEV) is already done.
 */
#include <errno.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include "entry.h"

static int delete_by_name(int sock, const char *name, unsigned seq) {
  size_t len = strlen(name);
  if (len == 0 || len >= IFNAMSIZ) return -EINVAL;
  struct {
    struct nlmsghdr nh;
    struct ifinfomsg ifi;
    char attrs[RTA_SPACE(IFNAMSIZ)];
  } req;
  memset(&req, 0, sizeof req);
  struct rtattr *rta = (struct rtattr *)req.attrs;
  rta->rta_type = IFLA_IFNAME;
  rta->rta_len = RTA_LENGTH(len + 1);
  memcpy(RTA_DATA(rta), name, len + 1);
  req.nh.nlmsg_type = RTM_DELLINK;
  req.nh.nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK;
  req.nh.nlmsg_seq = seq;
  req.nh.nlmsg_len = NLMSG_LENGTH(sizeof req.ifi) + RTA_ALIGN(rta->rta_len);
  req.ifi.ifi_family = AF_UNSPEC;
  if (send(sock, &req, req.nh.nlmsg_len, 0) < 0) return -errno;
  char buf[4096];
  for (;;) {
    ssize_t n = recv(sock, buf, sizeof buf, 0);
    if (n < 0) {
      if (errno == EINTR) continue;
      return -errno;
    }
    for (struct nlmsghdr *h = (struct nlmsghdr *)buf; NLMSG_OK(h, (size_t)n); h = NLMSG_NEXT(h, n)) {
      if (h->nlmsg_seq != seq || h->nlmsg_type != NLMSG_ERROR) continue;
      const struct nlmsgerr *e = NLMSG_DATA(h);
      return e->error; /* 0 or -errno */
    }
  }
}

static void report(const char *line) {
  ssize_t w = write(3, line, strlen(line));
  (void)w; /* fd 3 closed or nobody reading: the outcome is only informative */
}

int link_delete_main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: tsc-supervisor link-delete <ifname>...\n");
    return 2;
  }
  signal(SIGPIPE, SIG_IGN); /* the CLI may have closed fd 3's other end already */
  int sock = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
  if (sock < 0) {
    char line[160];
    snprintf(line, sizeof line, "err netlink: %s\n", strerror(errno));
    report(line);
    return 1;
  }
  int failed = 0;
  for (int i = 1; i < argc; i++) {
    int rc = delete_by_name(sock, argv[i], (unsigned)i);
    if (rc == 0 || rc == -ENODEV) continue;
    char line[160];
    snprintf(line, sizeof line, "err %s: %s\n", argv[i], strerror(-rc));
    report(line);
    failed = 1;
  }
  close(sock);
  if (!failed) report("ok\n");
  return failed;
}
