/*
 * fuzz_config.c - libFuzzer harness for the vigild configuration parser
 * (file and environment paths).  Configuration is operator input rather
 * than network input, but a parser that can crash on a typo is a bug.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vd_config.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[64], err[1024];
    snprintf(path, sizeof(path), "/tmp/fuzz-config-%ld.conf", (long)getpid());
    FILE *f = fopen(path, "wb");
    if (!f)
        return 0;
    fwrite(data, 1, size, f);
    fclose(f);
    vd_config *c = NULL;
    if (vd_config_load(path, NULL, &c, err, sizeof(err)) == 0) {
        FILE *devnull = fopen("/dev/null", "w");
        if (devnull) {
            vd_config_print(c, devnull);
            fclose(devnull);
        }
        vd_config_free(c);
    }
    /* the same bytes as one environment entry */
    char *env0 = malloc(size + 7);
    if (env0) {
        memcpy(env0, "VIGIL_", 6);
        memcpy(env0 + 6, data, size);
        env0[size + 6] = 0;
        char *envp[] = {env0, NULL};
        if (vd_config_load(NULL, envp, &c, err, sizeof(err)) == 0)
            vd_config_free(c);
        free(env0);
    }
    unlink(path);
    return 0;
}
