#!/usr/bin/env python3
"""Makes calm-loop.wav: eight seconds of soft chords (C, A minor, F, G) that loop without a seam.

Made here, from sine waves, so the example's music is ours to ship. Run it again to remake the file.
"""
import math
import struct
import wave

RATE = 22050
SECONDS_PER_CHORD = 2.0
CHORDS = [(261.63, 329.63, 392.00), (220.00, 261.63, 329.63), (174.61, 220.00, 261.63), (196.00, 246.94, 293.66)]

samples = []
for chord in CHORDS:
    n = int(RATE * SECONDS_PER_CHORD)
    for i in range(n):
        t = i / RATE
        # swell in and out within each chord, so chord changes and the loop point are silent-smooth
        envelope = math.sin(math.pi * i / n) ** 2
        value = sum(math.sin(2 * math.pi * f * t) + 0.25 * math.sin(4 * math.pi * f * t) for f in chord)
        samples.append(0.18 * envelope * value / len(chord))

with wave.open("calm-loop.wav", "wb") as out:
    out.setnchannels(1)
    out.setsampwidth(2)
    out.setframerate(RATE)
    out.writeframes(b"".join(struct.pack("<h", int(max(-1, min(1, s)) * 32767)) for s in samples))
