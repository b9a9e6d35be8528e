import os as None
