#define _POSIX_C_SOURCE 200809L
#include "terminal_guard.h"

#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static struct termios saved_termios;
static volatile sig_atomic_t saved = 0;
static int saved_fd = -1;
static volatile sig_atomic_t pending_signal = 0;
static volatile sig_atomic_t pending_suspend = 0;

int recours_guard_save(int fd) {
    if (tcgetattr(fd, &saved_termios) != 0) return -1;
    saved_fd = fd;
    saved = 1;
    return 0;
}

void recours_guard_restore(void) {
    if (!saved) return;
    // Leave bracketed paste and the alternate screen, show the cursor, reset attributes, leave keypad mode.
    static const char reset[] = "\033[?2004l\033[?1049l\033[?25h\033[0m\033[?1l\033>";
    ssize_t ignored = write(saved_fd, reset, sizeof reset - 1);
    (void)ignored;
    tcsetattr(saved_fd, TCSAFLUSH, &saved_termios);
}

static void on_termination(int sig) { pending_signal = sig; }

static void on_suspend(int sig) {
    (void)sig;
    pending_suspend = 1;
}

static void install_suspend_handler(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = on_suspend;
    action.sa_flags = 0;  // no SA_RESTART, as for the termination signals
    sigaction(SIGTSTP, &action, NULL);
}

static void on_fatal(int sig) {
    recours_guard_restore();
    // SA_RESETHAND put the default action back: raising again ends the process as it should.
    raise(sig);
}

void recours_guard_install(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = on_termination;
    action.sa_flags = 0;  // no SA_RESTART: a blocking read returns, and the loop sees the flag.
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGQUIT, &action, NULL);
    // Installed before initscr, so that ncurses leaves SIGTSTP to us: the draft is saved before stopping.
    install_suspend_handler();

    struct sigaction fatal;
    memset(&fatal, 0, sizeof fatal);
    sigemptyset(&fatal.sa_mask);
    fatal.sa_handler = on_fatal;
    fatal.sa_flags = SA_RESETHAND | SA_NODEFER;
    int signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) sigaction(signals[i], &fatal, NULL);
}

int recours_guard_take_signal(void) {
    int sig = pending_signal;
    pending_signal = 0;
    return sig;
}

int recours_guard_take_suspend(void) {
    int requested = pending_suspend;
    pending_suspend = 0;
    return requested;
}

void recours_guard_stop(void) {
    // Stop with the default action of SIGTSTP (the shell sees a stopped job), then take it back on SIGCONT.
    struct sigaction original;
    struct sigaction stop;
    memset(&stop, 0, sizeof stop);
    sigemptyset(&stop.sa_mask);
    stop.sa_handler = SIG_DFL;
    sigaction(SIGTSTP, &stop, &original);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    kill(getpid(), SIGTSTP);
    // Here after SIGCONT (`fg`, `bg` or `kill -CONT`).
    sigaction(SIGTSTP, &original, NULL);
    pending_suspend = 0;
}
