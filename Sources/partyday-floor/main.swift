import CNCursesW

// The floor for partyday's first-frame figure (issue 16): the least a terminal program built with the
// same toolchain and flags can do before its first frame. It sets the locale as partyday does, starts
// ncurses, draws one line, and waits for a key. partyday-bench times it in the same pty as partyday.

_ = pd_set_utf8_locale()
_ = initscr()
_ = cbreak()
_ = noecho()
_ = keypad(pd_stdscr(), true)
_ = mvaddstr(0, 0, "党员活动日 partyday floor: one line")
_ = refresh()
var key: wint_t = 0
_ = pd_get_wch(&key)
_ = endwin()
