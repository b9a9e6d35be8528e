x; y; 3
