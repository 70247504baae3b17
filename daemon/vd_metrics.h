/*
 * vd_metrics.h - a small thread-safe metrics registry with Prometheus text
 * exposition (format 0.0.4).
 *
 * Families (counter, gauge, histogram) are registered once with their label
 * names; series are created on first use from label values.  One mutex per
 * registry guards everything: updates happen at most a few thousand times a
 * second (per article, per stats callback), so a lock is cheaper to reason
 * about than per-series atomics and keeps a scrape consistent.  Series per
 * family are capped so a bad label value cannot grow memory without bound.
 * The registry knows nothing about vigil; vd_stats.h holds vigil's metrics.
 */
#ifndef VD_METRICS_H
#define VD_METRICS_H

#include <stddef.h>

typedef enum { VD_COUNTER, VD_GAUGE, VD_HISTOGRAM } vd_metric_type;

typedef struct vd_registry vd_registry;
typedef struct vd_family vd_family;

#define VD_METRICS_MAX_LABELS 4
#define VD_METRICS_MAX_SERIES 1024 /* per family */

vd_registry *vd_registry_new(void);
void vd_registry_free(vd_registry *r); /* accepts NULL */

/* Register a family.  labels: comma-separated label names, NULL or "" for
 * none.  bounds: ascending histogram upper bounds (+Inf is implicit), only
 * for VD_HISTOGRAM.  Returns NULL on an invalid name, label or bound, or
 * when the name is taken.  The family lives as long as the registry. */
vd_family *vd_registry_add(vd_registry *r, vd_metric_type type, const char *name, const char *help,
                           const char *labels, const double *bounds, size_t nbounds);

/* Label values are given in the order the names were registered; NULL is
 * fine for a family without labels.  All return 0, or -1 when the series cap
 * is hit, memory runs out or the operation does not fit the type (add of a
 * negative value to a counter, set on a counter, observe on a non-histogram).
 * Every function accepts a NULL family and then does nothing (returns 0). */
int vd_family_add(vd_family *f, const char *const *values, double v);
int vd_family_set(vd_family *f, const char *const *values, double v);
int vd_family_observe(vd_family *f, const char *const *values, double v);

/* Replace a whole gauge family from a snapshot without a scrape ever seeing
 * it empty: begin, set every current series, then sweep drops the series not
 * set since begin. */
void vd_family_begin(vd_family *f);
void vd_family_sweep(vd_family *f);

/* Current value of a counter or gauge series (tests, STATUS lines); 0 when
 * the series does not exist. */
double vd_family_get(vd_family *f, const char *const *values);

/* Render every family in registration order.  *out is malloc'd and
 * NUL-terminated; the caller frees it.  Returns 0 or -1 (out of memory). */
int vd_registry_render(vd_registry *r, char **out, size_t *len);

#endif
