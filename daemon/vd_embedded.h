/*
 * vd_embedded.h - the embedded in-memory broker vigild starts when no
 * kafka.bootstrap.servers is configured: librdkafka's mock cluster (a real
 * Kafka-protocol server inside the process, on 127.0.0.1), with vigild's
 * topics created.  For trying vigil out only: nothing is persisted.
 */
#ifndef VD_EMBEDDED_H
#define VD_EMBEDDED_H

#include "vd_config.h"

typedef struct vd_embedded vd_embedded;

int vd_embedded_start(const vd_config *cfg, vd_embedded **out, char *err, size_t errlen);
const char *vd_embedded_bootstrap(const vd_embedded *e);
void vd_embedded_stop(vd_embedded *e);

#endif
