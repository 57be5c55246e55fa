#include "CNCursesW.h"

#include <errno.h>
#include <ncursesw/term.h>
#include <langinfo.h>
#include <stdio.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>


static struct termios saved_termios;
static volatile sig_atomic_t have_saved_termios = 0;
static volatile sig_atomic_t quit_signal = 0;
static int held_stderr = -1;
static int real_stderr = -1;

static const int crash_signals[] = {SIGSEGV, SIGABRT, SIGILL, SIGTRAP, SIGBUS, SIGFPE};
#define CRASH_SIGNAL_COUNT (sizeof(crash_signals) / sizeof(crash_signals[0]))
static struct sigaction previous_crash_actions[CRASH_SIGNAL_COUNT];

static void write_all(int fd, const char *text, size_t length) {
    while (length > 0) {
        ssize_t written = write(fd, text, length);
        if (written <= 0) {
            if (written < 0 && errno == EINTR) continue;
            return;
        }
        text += written;
        length -= (size_t)written;
    }
}

void pd_save_terminal(void) {
    if (tcgetattr(STDIN_FILENO, &saved_termios) == 0) {
        have_saved_termios = 1;
    }
}


void pd_restore_terminal_now(void) {
    static const char reset[] = "\033[?2004l\033[0m\033[?1049l\033[?25h\r\n";
    write_all(STDOUT_FILENO, reset, sizeof(reset) - 1);
    if (have_saved_termios) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios);
    }
}

int pd_set_utf8_locale(void) {
    setlocale(LC_ALL, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0)) {
        return 0;
    }
    if (setlocale(LC_ALL, "C.UTF-8") == NULL) {
        setlocale(LC_ALL, "en_US.UTF-8");
    }
    return 1;
}

int pd_hold_stderr(void) {
    char path[] = "/tmp/partyday-stderr-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) return -1;
    unlink(path);
    fflush(stderr);
    real_stderr = dup(STDERR_FILENO);
    if (real_stderr < 0 || dup2(fd, STDERR_FILENO) < 0) {
        close(fd);
        return -1;
    }
    held_stderr = fd;
    return 0;
}

int pd_start_screen(void) {
    return newterm(NULL, stdout, stdin) == NULL ? -1 : 0;
}

void pd_write_raw(const char *text) {
    fflush(stdout);
    write_all(STDOUT_FILENO, text, strlen(text));
}

void pd_write_bytes(const char *bytes, size_t length) {
    write_all(STDOUT_FILENO, bytes, length);
}

int pd_terminal_colours(void) {
    int colours = tigetnum("colors");
    return colours < 0 ? 0 : colours;
}

void pd_release_stderr(void) {
    if (held_stderr < 0 || real_stderr < 0) return;
    char buffer[4096];
    if (lseek(held_stderr, 0, SEEK_SET) == 0) {
        ssize_t count;
        while ((count = read(held_stderr, buffer, sizeof buffer)) > 0) {
            write_all(real_stderr, buffer, (size_t)count);
        }
    }
    dup2(real_stderr, STDERR_FILENO);
    close(held_stderr);
    close(real_stderr);
    held_stderr = -1;
    real_stderr = -1;
}

static void on_crash(int signal_number, siginfo_t *info, void *context) {
    pd_restore_terminal_now();
    pd_release_stderr();
    for (size_t i = 0; i < CRASH_SIGNAL_COUNT; i++) {
        if (crash_signals[i] != signal_number) continue;
        struct sigaction *previous = &previous_crash_actions[i];
        sigaction(signal_number, previous, NULL);
        if ((previous->sa_flags & SA_SIGINFO) && previous->sa_sigaction != NULL) {
            previous->sa_sigaction(signal_number, info, context);
            return;
        }
        if (previous->sa_handler != SIG_DFL && previous->sa_handler != SIG_IGN && previous->sa_handler != NULL) {
            previous->sa_handler(signal_number);
            return;
        }
    }
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

static void on_quit(int signal_number) {
    quit_signal = signal_number;
}

static volatile sig_atomic_t resumed = 0;

static void on_continue(int signal_number) {
    (void)signal_number;
    resumed = 1;
}

int pd_take_resumed(void) {
    int was = resumed;
    resumed = 0;
    return was;
}

void pd_install_signal_handlers(void) {
    struct sigaction quit_action;
    memset(&quit_action, 0, sizeof quit_action);
    quit_action.sa_handler = on_quit;
    sigemptyset(&quit_action.sa_mask);
    quit_action.sa_flags = 0;  // no SA_RESTART: a blocked read returns so the loop sees the flag
    sigaction(SIGINT, &quit_action, NULL);
    sigaction(SIGTERM, &quit_action, NULL);
    sigaction(SIGHUP, &quit_action, NULL);
    sigaction(SIGQUIT, &quit_action, NULL);

    // Back from Ctrl-Z (or SIGSTOP): the screen is the shell's now; the next frame is drawn whole.
    struct sigaction continue_action;
    memset(&continue_action, 0, sizeof continue_action);
    continue_action.sa_handler = on_continue;
    sigemptyset(&continue_action.sa_mask);
    continue_action.sa_flags = 0;
    sigaction(SIGCONT, &continue_action, NULL);

    struct sigaction crash_action;
    memset(&crash_action, 0, sizeof crash_action);
    crash_action.sa_sigaction = on_crash;
    sigemptyset(&crash_action.sa_mask);
    crash_action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    for (size_t i = 0; i < CRASH_SIGNAL_COUNT; i++) {
        sigaction(crash_signals[i], &crash_action, &previous_crash_actions[i]);
    }
}

int pd_quit_signal(void) {
    return quit_signal;
}

void pd_crash_for_test(int signal_number) {
    raise(signal_number);
}
