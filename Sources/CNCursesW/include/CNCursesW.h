// The few pieces of ncursesw that Swift cannot import directly (macros, globals that Swift 6
// rejects as shared mutable state), and the async-signal-safe terminal restore for crash signals.
#ifndef CNCURSESW_H
#define CNCURSESW_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/// The standard screen.
static inline WINDOW *pd_stdscr(void) { return stdscr; }
/// The terminal's rows and columns as ncurses knows them.
static inline int pd_lines(void) { return LINES; }
static inline int pd_cols(void) { return COLS; }
/// The key code ncurses reports for a window resize.
static inline int pd_key_resize(void) { return KEY_RESIZE; }
/// The code of function key n.
static inline int pd_key_f(int n) { return KEY_F(n); }

/// Reads one key or character: OK with a character, KEY_CODE_YES with a key code, ERR on timeout.
static inline int pd_get_wch(wint_t *out) { return get_wch(out); }

/// Writes a frame's bytes to the terminal in one go (retrying partial writes and interruptions).
void pd_write_bytes(const char *bytes, size_t length);

/// The number of colours the terminal's terminfo entry names; 0 when it names none.
int pd_terminal_colours(void);

/// Remembers the terminal's settings so the crash handler can put them back.
void pd_save_terminal(void);

/// Sets the locale from the environment, falling back to C.UTF-8 when it is not UTF-8 (in the C locale
/// ncurses swallows every key after one Chinese character). Returns 1 when it fell back.
int pd_set_utf8_locale(void);

/// Sends standard error to a hidden temporary file until `pd_release_stderr`, so nothing prints over
/// the screen. Returns 0 on success.
int pd_hold_stderr(void);

/// Makes standard error the real one again and copies to it what was held. Async-signal-safe.
void pd_release_stderr(void);

/// Starts ncurses on standard output and input; returns 0 on success.
int pd_start_screen(void);


/// Writes bytes straight to the terminal after flushing stdio (for bracketed paste on and off).
void pd_write_raw(const char *text);

/// Installs handlers: SIGINT, SIGTERM, SIGHUP, SIGQUIT set a flag the loop reads; SIGSEGV, SIGABRT,
/// SIGILL, SIGTRAP, SIGBUS, SIGFPE restore the terminal and standard error, then run the previous
/// handler (the Swift runtime's backtrace) or the default action.
void pd_install_signal_handlers(void);

/// The quit signal received since start, or 0.
int pd_quit_signal(void);

/// Whether the process was continued (after Ctrl-Z or SIGSTOP) since the last call.
int pd_take_resumed(void);

/// Puts the terminal back as it was (tcsetattr, leave the alternate screen, show the cursor, end
/// bracketed paste): what the crash handler does, callable from tests of it.
void pd_restore_terminal_now(void);

/// Crashes on purpose with the given signal, for the end-to-end test of terminal restore.
void pd_crash_for_test(int signal_number);

#endif
