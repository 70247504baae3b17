/*
 * vg_scantok.h - the scan's tokeniser (internal to vg_scan.c).
 *
 * vg_scantok_run splits sc->text[0..sc->len) into tokens (vg_norm's rules),
 * folds each once into sc->fold and sets sc->tok (byte ranges and VG_TF_*
 * flags) and sc->ftok (folds and dictionary hashes).  It stops at max_tokens
 * (sc->cap_hit = 1).
 */
#ifndef VG_SCANTOK_H
#define VG_SCANTOK_H

#include "vg_scan.h"

#include <stddef.h>

/* 0, VG_ENOMEM, or VG_EINVAL when the folds outgrow 32-bit offsets. */
int vg_scantok_run(vg_scan *sc, size_t max_tokens);

#endif
