/*
 * vigil_cli.h - commands of the vigil tool implemented outside vigil.c.
 */
#ifndef VIGIL_CLI_H
#define VIGIL_CLI_H

#include "vk_client.h"

#include <stddef.h>

typedef int (*vigil_msg_fn)(void *ctx, const char *name, const char *msg, size_t len);
int vigil_for_each_input(int argc, char **argv, vigil_msg_fn fn, void *ctx);
/* When the inputs (argc, argv) include standard input: -1 (said) if it is
 * closed; a hint when it is a terminal.  cmd names the command. */
int vigil_stdin_ready(int argc, char **argv, const char *cmd);

int vigil_cmd_produce(int argc, char **argv);
int vigil_cmd_consume(int argc, char **argv);
int vigil_cmd_lag(int argc, char **argv);
int vigil_cmd_commit(int argc, char **argv);
int vigil_cmd_relay(int argc, char **argv);
int vigil_cmd_topics(int argc, char **argv);

/* Check one -X KEY=VALUE (a malformed or unknown property is a usage
 * error, printed) and describe it in kv, its key copied into key[keylen]
 * (vigil_kafka.c).  0 or -1. */
int vigil_parse_prop(char *arg, vk_kv *kv, char *key, size_t keylen);

#endif
