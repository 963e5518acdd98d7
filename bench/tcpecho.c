/* The limit of this machine for echo round trips on one connection: a raw TCP ping-pong over
 * 127.0.0.1 with TCP_NODELAY on both ends and blocking read()/write(), no framing, no event
 * loop. Two shapes:
 *   --mode thread   both ends in one thread, like the Qt pairs (one event loop, one core)
 *   --mode process  the echoing end in a forked child, the two ends on two cores
 *
 *   bench_tcp_echo --count N [--mode thread|process] [--size 8] [--warmup 200]
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long long now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static long long cpu_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static int fail(const char *what)
{
    printf("{\"ok\":false,\"error\":\"%s\"}\n", what);
    return 1;
}

static int transfer(int fd, char *buffer, size_t size, int writing)
{
    size_t done = 0;
    while (done < size) {
        const ssize_t n = writing ? write(fd, buffer + done, size - done)
                                  : read(fd, buffer + done, size - done);
        if (n <= 0)
            return -1;
        done += (size_t)n;
    }
    return 0;
}

static void no_delay(int fd)
{
    const int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

static const char *option(int argc, char **argv, const char *name, const char *fallback)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (argv[i][0] == '-' && argv[i][1] == '-' && strcmp(argv[i] + 2, name) == 0)
            return argv[i + 1];
    }
    return fallback;
}

int main(int argc, char **argv)
{
    const long long count = atoll(option(argc, argv, "count", "10000"));
    const long long warmup = atoll(option(argc, argv, "warmup", "200"));
    const size_t size = (size_t)atoll(option(argc, argv, "size", "8"));
    const int forked = strcmp(option(argc, argv, "mode", "thread"), "process") == 0;
    char buffer[4096];
    if (count < 1 || size < 1 || size > sizeof buffer)
        return fail("bad arguments");
    memset(buffer, '1', size);
    alarm(120); /* bounded whatever happens */

    const int listener = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in address;
    memset(&address, 0, sizeof address);
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (listener < 0 || bind(listener, (struct sockaddr *)&address, sizeof address) != 0
        || listen(listener, 1) != 0
        || getsockname(listener, (struct sockaddr *)&address, &length) != 0)
        return fail("cannot listen on 127.0.0.1");

    pid_t child = -1;
    int server = -1;
    if (forked) {
        child = fork();
        if (child < 0)
            return fail("cannot fork");
        if (child == 0) {
            server = accept(listener, NULL, NULL);
            no_delay(server);
            while (transfer(server, buffer, size, 0) == 0 && transfer(server, buffer, size, 1) == 0) {
            }
            _exit(0);
        }
    }
    const int client = socket(AF_INET, SOCK_STREAM, 0);
    if (client < 0 || connect(client, (struct sockaddr *)&address, sizeof address) != 0)
        return fail("cannot connect");
    no_delay(client);
    if (!forked) {
        server = accept(listener, NULL, NULL);
        if (server < 0)
            return fail("cannot accept");
        no_delay(server);
    }

    long long start = now_ns();
    long long cpu_start = cpu_ns();
    for (long long i = 0; i < warmup + count; ++i) {
        if (i == warmup) {
            start = now_ns();
            cpu_start = cpu_ns();
        }
        if (transfer(client, buffer, size, 1) != 0)
            return fail("write failed");
        if (!forked && (transfer(server, buffer, size, 0) != 0 || transfer(server, buffer, size, 1) != 0))
            return fail("echo failed");
        if (transfer(client, buffer, size, 0) != 0)
            return fail("read failed");
    }
    const long long ns = now_ns() - start;
    const long long cpu = cpu_ns() - cpu_start;
    close(client);
    if (forked)
        waitpid(child, NULL, 0);
    else
        close(server);
    close(listener);
    printf("{\"ok\":true,\"count\":%lld,\"seconds\":%.9f,\"rate\":%.3f", count, (double)ns / 1e9,
           (double)count * 1e9 / (double)ns);
    /* Only one thread's CPU time describes the whole ping-pong. */
    if (!forked)
        printf(",\"cpu_seconds\":%.9f,\"cpu_rate\":%.3f", (double)cpu / 1e9,
               (double)count * 1e9 / (double)cpu);
    printf("}\n");
    return 0;
}
