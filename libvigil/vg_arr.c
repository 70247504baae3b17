/*
 * vg_arr.c - growing an array (see vg_arr.h).
 *
 * The array's pointer is passed by address as void * so that one function
 * serves arrays of every element type; it is read and written with memcpy,
 * which is defined for any object pointer type.
 */
#include "vg_arr.h"
#include "vigil.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int vg_arr_grow(void *vp, size_t *cap, size_t sz, size_t first)
{
    void *v, *nv;
    size_t nc = *cap ? *cap * 2 : first;
    if (nc < *cap || !sz || nc > SIZE_MAX / sz)
        return VG_ENOMEM;
    memcpy(&v, vp, sizeof(v));
    if (!(nv = realloc(v, nc * sz)))
        return VG_ENOMEM;
    memcpy(vp, &nv, sizeof(nv));
    *cap = nc;
    return 0;
}
