print foo bar
