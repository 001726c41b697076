/* Naive recursive fib(35): call overhead and integer arithmetic.
 * C side: the same doubly recursive function. N comes from argv[1] (default 35)
 * so the call is not constant-folded.
 * Build: gcc -O2 -o fib fib.c */
#include <stdio.h>
#include <stdlib.h>

static long fib(long n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

/* Command-line argument `index` as a number, or `fallback` when it is absent
 * or not a number (as the Mesh side does). */
static long arg_long(int argc, char **argv, int index, long fallback) {
    char *end;
    if (argc <= index) return fallback;
    long value = strtol(argv[index], &end, 10);
    return end != argv[index] && *end == 0 ? value : fallback;
}

int main(int argc, char **argv) {
    long n = arg_long(argc, argv, 1, 35);
    printf("%ld\n", fib(n));
    return 0;
}
