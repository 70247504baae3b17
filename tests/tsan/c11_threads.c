/*
 * c11_threads.c - linked into the ThreadSanitizer build only (VARIANT=tsan):
 * C11 threads on top of POSIX threads, so that TSan sees librdkafka's.
 *
 * Debian's librdkafka 2.0.2 uses glibc's C11 threads (thrd_create, mtx_*,
 * cnd_*, call_once).  GCC 12's TSan runtime intercepts the pthread calls
 * but not these, so a thread librdkafka starts has no TSan state (its first
 * malloc crashes in the runtime), and its locks would be invisible (false
 * races).  These definitions in the program take precedence over glibc's
 * for librdkafka's calls and forward to the intercepted pthread functions.
 * glibc implements the C11 types as the pthread ones (mtx_t holds a
 * pthread_mutex_t, cnd_t a pthread_cond_t, once_flag a pthread_once_t,
 * thrd_t is pthread_t), so the objects are shared as they are.
 */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <threads.h>

_Static_assert(sizeof(mtx_t) == sizeof(pthread_mutex_t), "mtx_t is a pthread_mutex_t");
_Static_assert(sizeof(cnd_t) == sizeof(pthread_cond_t), "cnd_t is a pthread_cond_t");
_Static_assert(sizeof(once_flag) == sizeof(pthread_once_t), "once_flag is a pthread_once_t");

/* The prototypes are <threads.h>'s; -Wmissing-prototypes is satisfied. */

static int result(int e)
{
    return e == 0           ? thrd_success
           : e == ETIMEDOUT ? thrd_timedout
           : e == EBUSY     ? thrd_busy
                            : thrd_error;
}

typedef struct start_box {
    thrd_start_t fn;
    void *arg;
} start_box;

static void *trampoline(void *p)
{
    start_box b = *(start_box *)p;
    free(p);
    return (void *)(intptr_t)b.fn(b.arg);
}

int thrd_create(thrd_t *thr, thrd_start_t fn, void *arg)
{
    start_box *b = malloc(sizeof(*b));
    if (!b)
        return thrd_nomem;
    b->fn = fn;
    b->arg = arg;
    int e = pthread_create(thr, NULL, trampoline, b);
    if (e)
        free(b);
    return e == EAGAIN ? thrd_nomem : result(e);
}

int thrd_join(thrd_t thr, int *res)
{
    void *ret = NULL;
    int e = pthread_join(thr, &ret);
    if (!e && res)
        *res = (int)(intptr_t)ret;
    return result(e);
}

int mtx_init(mtx_t *m, int type)
{
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    if (type & mtx_recursive)
        pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE);
    int e = pthread_mutex_init((pthread_mutex_t *)m, &a);
    pthread_mutexattr_destroy(&a);
    return result(e);
}

void mtx_destroy(mtx_t *m)
{
    pthread_mutex_destroy((pthread_mutex_t *)m);
}

int mtx_lock(mtx_t *m)
{
    return result(pthread_mutex_lock((pthread_mutex_t *)m));
}

int mtx_trylock(mtx_t *m)
{
    return result(pthread_mutex_trylock((pthread_mutex_t *)m));
}

int mtx_unlock(mtx_t *m)
{
    return result(pthread_mutex_unlock((pthread_mutex_t *)m));
}

int cnd_init(cnd_t *c)
{
    return result(pthread_cond_init((pthread_cond_t *)c, NULL));
}

void cnd_destroy(cnd_t *c)
{
    pthread_cond_destroy((pthread_cond_t *)c);
}

int cnd_signal(cnd_t *c)
{
    return result(pthread_cond_signal((pthread_cond_t *)c));
}

int cnd_broadcast(cnd_t *c)
{
    return result(pthread_cond_broadcast((pthread_cond_t *)c));
}

int cnd_wait(cnd_t *c, mtx_t *m)
{
    return result(pthread_cond_wait((pthread_cond_t *)c, (pthread_mutex_t *)m));
}

int cnd_timedwait(cnd_t *restrict c, mtx_t *restrict m, const struct timespec *restrict ts)
{
    return result(pthread_cond_timedwait((pthread_cond_t *)c, (pthread_mutex_t *)m, ts));
}

void call_once(once_flag *flag, void (*fn)(void))
{
    pthread_once((pthread_once_t *)flag, fn);
}
