/* String building: N = 20,000 times, build a small piece "item <i>;" and
 * append it to an accumulator, then print the byte length of the result.
 * C side, immutable-style like Mesh strings: the integer is formatted into a
 * fresh heap string, and every concatenation mallocs a new buffer and copies
 * both operands (3 allocations per piece as in Mesh: the number's text,
 * "item " + number, + ";"; then one for the new accumulator), freeing the old
 * values right away where Mesh leaves them to its garbage collector.
 * N comes from argv[1] (default 20000).
 * Build: gcc -O2 -o strings strings.c */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { char *bytes; size_t len; } str;

static str concat(str a, str b) {
    str s = { malloc(a.len + b.len + 1), a.len + b.len };
    memcpy(s.bytes, a.bytes, a.len);
    memcpy(s.bytes + a.len, b.bytes, b.len);
    s.bytes[s.len] = 0;
    return s;
}

static str from_int(long i) {
    char digits[24];
    int len = snprintf(digits, sizeof digits, "%ld", i);
    str s = { malloc(len + 1), (size_t)len };
    memcpy(s.bytes, digits, len + 1);
    return s;
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
    long n = arg_long(argc, argv, 1, 20000);
    const str prefix = { "item ", 5 }, suffix = { ";", 1 };
    str acc = { calloc(1, 1), 0 };
    for (long i = 0; i < n; i++) {
        str number = from_int(i);
        str head = concat(prefix, number);
        str piece = concat(head, suffix);
        str next = concat(acc, piece);
        free(number.bytes);
        free(head.bytes);
        free(piece.bytes);
        free(acc.bytes);
        acc = next;
    }
    printf("%zu\n", acc.len);
    free(acc.bytes);
    return 0;
}
