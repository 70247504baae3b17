/*
 * vg_tsv.h - strict reader for the knowledge TSV files (gazetteer.tsv,
 * actors.tsv, types.tsv): internal to libvigil.
 *
 * The whole file is read into one buffer and split in place (tabs and line
 * ends become NULs), so a loader's strings point straight into that buffer
 * and a load costs one allocation for all text: the buffer is then kept as
 * the loader's string arena.  Lines starting with '#' and blank lines are
 * skipped; errors are reported as "path:line: message".
 */
#ifndef VG_TSV_H
#define VG_TSV_H

#include <stddef.h>

typedef struct vg_tsv {
    const char *path;
    char *buf; /* whole file, NUL-terminated; owned until vg_tsv_take() */
    size_t len;
    size_t pos;
    unsigned line; /* line number of the row last returned */
    char *err;
    size_t errlen;
} vg_tsv;

/* A '|'-separated list inside a field. */
typedef struct vg_tsv_list {
    const char *p;
} vg_tsv_list;

/* Read path.  Returns 0, VG_EIO (cannot read), VG_ENOMEM, or VG_EKB when
 * the file holds a NUL byte or is not UTF-8 (error written to err). */
int vg_tsv_open(vg_tsv *t, const char *path, char *err, size_t errlen);

/* Upper bound of the number of data rows (lines in the file). */
size_t vg_tsv_max_rows(const vg_tsv *t);

/* Next data row, split on tabs into f[0..*n).  Returns 1, 0 at end of file,
 * or VG_EKB when the row has a number of fields other than want. */
int vg_tsv_next(vg_tsv *t, char **f, size_t want);

/* Next data row of up to max fields (their count in *nf): for files whose
 * rows differ by kind (types.tsv).  Returns 1, 0 at end of file, or VG_EKB
 * when the row has more than max fields. */
int vg_tsv_next_var(vg_tsv *t, char **f, size_t max, size_t *nf);

/* Write "path:line: message" to the error buffer; returns VG_EKB. */
int vg_tsv_fail(const vg_tsv *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Parse a non-negative decimal integer <= max ("" is not a number). */
int vg_tsv_uint(const char *s, unsigned long max, unsigned long *out);

/* Parse a decimal number in [lo, hi]; "" is not a number. */
int vg_tsv_double(const char *s, double lo, double hi, double *out);

/* Iterate a '|'-separated list: sets [*s, *len) to each item in turn;
 * returns 0 at the end.  Empty items are returned as len 0. */
void vg_tsv_list_init(vg_tsv_list *l, const char *field);
int vg_tsv_list_next(vg_tsv_list *l, const char **s, size_t *len);

/* Hand the buffer over to the caller (to keep as arena); the reader then
 * owns nothing. */
char *vg_tsv_take(vg_tsv *t);
void vg_tsv_close(vg_tsv *t);

#endif
