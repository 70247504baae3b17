/*
 * vd_offsets.h - per-partition completion tracking for at-least-once commits.
 *
 * Workers finish out of order, so an offset may be stored for commit only
 * once every earlier message of its partition is done too (librdkafka
 * INTRODUCTION.md, "At-least-once processing").  Each partition keeps its
 * in-flight offsets in arrival order; marking one done advances the
 * committable position past the longest done prefix.  Every assignment gets
 * a new epoch, so completions of work consumed under a revoked or lost
 * assignment are recognised and never stored.  Consumer thread only.
 */
#ifndef VD_OFFSETS_H
#define VD_OFFSETS_H

#include <stddef.h>
#include <stdint.h>

typedef struct vd_offsets vd_offsets;

vd_offsets *vd_offsets_new(void);
void vd_offsets_free(vd_offsets *o);

/* Start tracking a newly assigned partition; returns its epoch (> 0). */
uint64_t vd_offsets_assign(vd_offsets *o, int32_t part);
/* Forget a partition (revoked or lost); its pending completions are ignored. */
void vd_offsets_revoke(vd_offsets *o, int32_t part);
/* Current epoch of a partition, 0 when not assigned. */
uint64_t vd_offsets_epoch(const vd_offsets *o, int32_t part);

/* Record a consumed offset as in flight. -1 when the epoch is stale. */
int vd_offsets_track(vd_offsets *o, int32_t part, uint64_t epoch, int64_t off);

/* Mark an offset done.  Returns 1 and sets *commit (next offset to consume)
 * when the committable position advanced, 0 when not, -1 when stale. */
int vd_offsets_done(vd_offsets *o, int32_t part, uint64_t epoch, int64_t off, int64_t *commit);

/* Offsets in flight for one partition, or for all when part < 0. */
size_t vd_offsets_inflight(const vd_offsets *o, int32_t part);

#endif
