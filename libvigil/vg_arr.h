/*
 * vg_arr.h - the library's one growable-array idiom.
 *
 * A growable array is three fields: a pointer v, a count n and a capacity
 * cap.  Before writing v[n], a caller asks for room:
 *
 *     if (vg_arr_room(&a->v, a->n, &a->cap, sizeof(*a->v), 64) < 0)
 *         return VG_ENOMEM;
 *     a->v[a->n++] = x;
 *
 * The capacity doubles when the array is full (from the given first size),
 * so appends cost amortised O(1); a failed allocation leaves the array as
 * it was, so the caller's cleanup frees what is there.  The full-array test
 * is inline: the common case costs a compare.
 */
#ifndef VG_ARR_H
#define VG_ARR_H

#include <stddef.h>

/* Reallocate the array whose pointer is at vp (a T **) to twice *cap
 * elements of sz bytes (first when *cap is 0).  Returns 0 or VG_ENOMEM
 * (then *vp and *cap are unchanged). */
int vg_arr_grow(void *vp, size_t *cap, size_t sz, size_t first);

/* Room for element n of the array at vp (see above). */
static inline int vg_arr_room(void *vp, size_t n, size_t *cap, size_t sz, size_t first)
{
    return n < *cap ? 0 : vg_arr_grow(vp, cap, sz, first);
}

#endif
