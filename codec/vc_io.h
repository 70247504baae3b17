/*
 * vc_io.h - small I/O helpers shared by the tools: read a whole file with a
 * size cap, iterate over JSONL lines, locate the knowledge directory.
 */
#ifndef VC_IO_H
#define VC_IO_H

#include <stddef.h>

/* Read path ("-" = stdin) into a NUL-terminated buffer of at most cap bytes.
 * Returns 0, -1 on I/O error (errno set), -2 when larger than cap. */
int vc_read_file(const char *path, size_t cap, char **out, size_t *len);

/* 1 when buf holds JSON Lines (first non-blank byte is '{' and a newline
 * follows the first object), i.e. one message per line. */
int vc_is_jsonl(const char *buf, size_t len);

/* Next line of buf starting at *pos (without the newline); skips blank
 * lines.  Returns 1 with [*s, *s + *n), 0 at the end. */
int vc_next_line(const char *buf, size_t len, size_t *pos, const char **s, size_t *n);

/* Knowledge directory: explicit, else $VIGIL_KNOWLEDGE, else ./knowledge
 * when present, else the knowledge/ of the build tree the running binary
 * is in (build/<variant>/vigil run from elsewhere), else the installed
 * data directory. */
const char *vc_knowledge_dir(const char *explicit_dir);

/* 1 when dir holds the knowledge (its gazetteer.tsv exists). */
int vc_knowledge_found(const char *dir);

/* Where vc_knowledge_dir() looks, in words, for error messages. */
const char *vc_knowledge_where(void);

#endif
