/*
 * vd_daemon.h - the vigild service: wires configuration, knowledge, the
 * worker pool, the consumer and the producer together and runs the main
 * loop until asked to stop.
 */
#ifndef VD_DAEMON_H
#define VD_DAEMON_H

#include <signal.h>

#include "vd_config.h"

/* Flags set by signal handlers (and nothing else happens in them). */
extern volatile sig_atomic_t vd_stop_requested;
extern volatile sig_atomic_t vd_reload_requested;

/* Build a knowledge + options snapshot from a config (for start and reload);
 * err gets "file:line: ..." on failure. */
struct vd_snapshot;
int vd_daemon_build_snapshot(const vd_config *cfg, struct vd_snapshot **out, char *err,
                             size_t errlen);

/* Run until stopped.  Takes ownership of cfg.  Returns the process exit code. */
int vd_daemon_run(vd_config *cfg, char **envp);

#endif
