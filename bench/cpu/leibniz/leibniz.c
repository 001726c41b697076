/* Float loop: the Leibniz series for pi, 4 * sum(-1^k / (2k + 1)) over
 * N = 50,000,000 terms. C side: a for loop carrying the sign, the
 * denominator and the sum as doubles, in the same order of operations as the
 * Mesh version (gcc -O2 does not reassociate floating point). The result is
 * printed like Mesh's Display for Float: the shortest text that reads back
 * as the same double (enough for values of ordinary magnitude, where %g
 * uses no exponent). N comes from argv[1] (default 50000000).
 * Build: gcc -O2 -o leibniz leibniz.c */
#include <stdio.h>
#include <stdlib.h>

static void print_shortest(double x) {
    char text[64];
    for (int precision = 1; precision <= 17; precision++) {
        snprintf(text, sizeof text, "%.*g", precision, x);
        if (strtod(text, NULL) == x) break;
    }
    puts(text);
}

/* Command-line argument `index` as a number, or `fallback` when it is absent
 * or not a number (as the Mesh side does). */
static long arg_long(int argc, char **argv, int index, long fallback) {
    char *end;
    if (argc <= index) return fallback;
    long value = strtol(argv[index], &end, 10);
    return end != argv[index] && *end == 0 ? value : fallback;
}

int main(int argc, char **argv) {
    long n = arg_long(argc, argv, 1, 50000000);
    double sign = 1.0, denom = 1.0, acc = 0.0;
    for (long k = 0; k < n; k++) {
        acc = acc + sign / denom;
        sign = -sign;
        denom = denom + 2.0;
    }
    print_shortest(4.0 * acc);
    return 0;
}
