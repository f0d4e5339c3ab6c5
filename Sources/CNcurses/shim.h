#ifndef RECOURS_CNCURSES_SHIM_H
#define RECOURS_CNCURSES_SHIM_H

// SwiftPM drops the -D_XOPEN_SOURCE flag that `pkg-config ncursesw` gives, so the
// wide-character API (get_wch, add_wch, cchar_t, setcchar) is switched on here.
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 600
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift 6 refuses C globals (stdscr, LINES, COLS) as not concurrency-safe and cannot
// import function-like macros: both are wrapped here in static inline functions.

static inline WINDOW *recours_stdscr(void) { return stdscr; }
static inline int recours_lines(void) { return LINES; }
static inline int recours_cols(void) { return COLS; }
static inline int recours_colors(void) { return COLORS; }
static inline int recours_color_pair(int n) { return (int)COLOR_PAIR(n); }

static inline void recours_getmaxyx(WINDOW *w, int *y, int *x) {
    int yy, xx;
    getmaxyx(w, yy, xx);
    *y = yy;
    *x = xx;
}

static inline attr_t recours_a_normal(void) { return A_NORMAL; }
static inline attr_t recours_a_bold(void) { return A_BOLD; }
static inline attr_t recours_a_reverse(void) { return A_REVERSE; }
static inline attr_t recours_a_underline(void) { return A_UNDERLINE; }
static inline attr_t recours_a_dim(void) { return A_DIM; }

static inline int recours_key_code_yes(void) { return KEY_CODE_YES; }
static inline int recours_key_resize(void) { return KEY_RESIZE; }
static inline int recours_key_up(void) { return KEY_UP; }
static inline int recours_key_down(void) { return KEY_DOWN; }
static inline int recours_key_left(void) { return KEY_LEFT; }
static inline int recours_key_right(void) { return KEY_RIGHT; }
static inline int recours_key_home(void) { return KEY_HOME; }
static inline int recours_key_end(void) { return KEY_END; }
static inline int recours_key_backspace(void) { return KEY_BACKSPACE; }
static inline int recours_key_dc(void) { return KEY_DC; }
static inline int recours_key_ic(void) { return KEY_IC; }
static inline int recours_key_npage(void) { return KEY_NPAGE; }
static inline int recours_key_ppage(void) { return KEY_PPAGE; }
static inline int recours_key_btab(void) { return KEY_BTAB; }
static inline int recours_key_enter(void) { return KEY_ENTER; }
static inline int recours_key_f(int n) { return KEY_F(n); }
static inline int recours_key_sleft(void) { return KEY_SLEFT; }
static inline int recours_key_sr(void) { return KEY_SR; }
static inline int recours_key_sf(void) { return KEY_SF; }
static inline int recours_key_max(void) { return KEY_MAX; }
static inline int recours_key_sright(void) { return KEY_SRIGHT; }

// Builds a cchar_t from up to CCHARW_MAX wide characters (a grapheme cluster) and draws it.
static inline int recours_put_cell(int y, int x, const wchar_t *chars, attr_t attr, short pair) {
    cchar_t cell;
    if (setcchar(&cell, chars, attr, pair, NULL) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}

static inline int recours_get_wch(WINDOW *w, wint_t *ch) { return wget_wch(w, ch); }
static inline int recours_ccharw_max(void) { return CCHARW_MAX; }

// Terminfo look-ups of the current terminal: a string capability (NULL when absent or not a string), a flag
// (1 set, 0 not, -1 not a flag), a string with two numeric parameters expanded (NULL when it fails). `tparm` is
// variadic, which Swift cannot call.
#include <ncursesw/term.h>
static inline const char *recours_tigetstr(const char *name) {
    char *value = tigetstr(name);
    return value == (char *)-1 ? NULL : value;
}
static inline int recours_tigetflag(const char *name) { return tigetflag(name); }
static inline const char *recours_tparm2(const char *cap, long a, long b) {
    return cap == NULL ? NULL : tparm(cap, a, b, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
}

// Sets the calling thread's nice value (a lower priority for a higher value): Linux schedules threads one by one,
// so that the thread saving drafts in the background gives way to the one answering keys.
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
static inline int recours_set_thread_nice(int n) { return setpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid), n); }

// The columns the C library gives a character in the current locale (-1: not printable), as ncurses places it.
static inline int recours_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

// The codeset of the current C locale, e.g. "UTF-8" or "ANSI_X3.4-1968".
static inline const char *recours_codeset(void) { return nl_langinfo(CODESET); }

#endif
