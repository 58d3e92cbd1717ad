"""Pure domain rules of jobfair: no I/O, no clock, no environment; callers pass `now` in."""
