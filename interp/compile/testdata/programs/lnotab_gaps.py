def gaps(a):
    x = a + 1
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    # filler
    y = x * 2
    z = [x + 0, x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7, x + 8, x + 9, x + 10, x + 11, x + 12, x + 13, x + 14, x + 15, x + 16, x + 17, x + 18, x + 19, x + 20, x + 21, x + 22, x + 23, x + 24, x + 25, x + 26, x + 27, x + 28, x + 29, x + 30, x + 31, x + 32, x + 33, x + 34, x + 35, x + 36, x + 37, x + 38, x + 39, x + 40, x + 41, x + 42, x + 43, x + 44, x + 45, x + 46, x + 47, x + 48, x + 49, x + 50, x + 51, x + 52, x + 53, x + 54, x + 55, x + 56, x + 57, x + 58, x + 59, x + 60, x + 61, x + 62, x + 63, x + 64, x + 65, x + 66, x + 67, x + 68, x + 69, x + 70, x + 71, x + 72, x + 73, x + 74, x + 75, x + 76, x + 77, x + 78, x + 79, x + 80, x + 81, x + 82, x + 83, x + 84, x + 85, x + 86, x + 87, x + 88, x + 89, x + 90, x + 91, x + 92, x + 93, x + 94, x + 95, x + 96, x + 97, x + 98, x + 99, x + 100, x + 101, x + 102, x + 103, x + 104, x + 105, x + 106, x + 107, x + 108, x + 109, x + 110, x + 111, x + 112, x + 113, x + 114, x + 115, x + 116, x + 117, x + 118, x + 119]
    return z

def fold_here():
    return -1, 2 ** 8, 'a' * 3

w = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 276, 277, 278, 279, 280, 281, 282, 283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298, 299]
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
# more filler
v = 2
