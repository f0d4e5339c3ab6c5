#ifndef RECOURS_TERMINAL_GUARD_H
#define RECOURS_TERMINAL_GUARD_H

// Async-signal-safe terminal protection, in C because a signal handler may only touch
// `volatile sig_atomic_t` flags and call async-signal-safe functions.

/// Saves the terminal settings of `fd` (call before initscr). Returns 0 on success.
int recours_guard_save(int fd);

/// Restores the saved settings and writes the sequences that leave the alternate screen,
/// show the cursor and reset colours. Safe to call from a signal handler, and more than once.
void recours_guard_restore(void);

/// SIGTERM, SIGHUP, SIGINT and SIGQUIT only set a flag that the main loop reads (it saves the
/// draft, then restores the terminal); SIGTSTP (`kill -TSTP`, job control) sets another flag: the loop
/// saves the draft, leaves curses mode, then stops with `recours_guard_stop`; fatal signals (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT,
/// SIGTRAP) restore the terminal, then let the default action happen.
void recours_guard_install(void);

/// The last termination signal received, cleared by the call; 0 when none.
int recours_guard_take_signal(void);

/// 1 when SIGTSTP asked the program to stop since the last call, cleared by the call; else 0.
int recours_guard_take_suspend(void);

/// Stops the process as SIGTSTP's default action would (its parent shell sees a stopped job) and
/// returns once it is continued (SIGCONT: `fg`); the SIGTSTP handler is then put back.
void recours_guard_stop(void);

#endif
