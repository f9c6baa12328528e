package io.github.camelbitget.simulator;

/** Derives independent, reproducible random seeds from the simulator seed and a few keys. */
final class Seeds {

    private Seeds() {
    }

    static long mix(long seed, long... keys) {
        long h = seed ^ 0x9E3779B97F4A7C15L;
        for (long key : keys) {
            h = murmur(h ^ murmur(key + 0x632BE59BD9B4E019L));
        }
        return h;
    }

    private static long murmur(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
