/* tsc-init: placeholder */
int main(void) { return 0; }
