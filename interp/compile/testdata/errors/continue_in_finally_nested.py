for x in y:
    try:
        pass
    finally:
        try:
            continue
        except:
            pass
