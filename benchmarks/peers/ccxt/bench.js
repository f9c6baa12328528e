// ccxt's Bitget client against the same canned server: the loop of EndToEndBenchmark, under Node.
// Usage: node bench.js <baseUrl> <warmupSeconds> <measureSeconds> <concurrency>; prints one JSON line.
const ccxt = require('ccxt');

async function main() {
    const [baseUrl, warmup, measure, concurrency] = process.argv.slice(2);
    const exchange = new ccxt.bitget({ enableRateLimit: false });
    for (const api of Object.keys(exchange.urls.api)) {
        exchange.urls.api[api] = baseUrl;
    }
    await exchange.loadMarkets();
    const start = process.hrtime.bigint();
    const measureFrom = start + BigInt(warmup) * 1000000000n;
    const end = measureFrom + BigInt(measure) * 1000000000n;
    const latencies = [];
    const loop = async () => {
        for (;;) {
            const before = process.hrtime.bigint();
            if (before >= end) {
                return;
            }
            const ticker = await exchange.fetchTicker('BTC/USDT');
            if (!(ticker.last > 0)) {
                throw new Error('ccxt read no last price from ' + JSON.stringify(ticker.info));
            }
            if (before >= measureFrom) {
                latencies.push(Number(process.hrtime.bigint() - before) / 1000);
            }
        }
    };
    // the process's CPU time over the measured period, as the JVM clients report it
    let cpuAtStart;
    const cpuStart = setTimeout(() => { cpuAtStart = process.cpuUsage(); }, Number(warmup) * 1000);
    await Promise.all(Array.from({ length: Number(concurrency) }, loop));
    clearTimeout(cpuStart);
    const cpu = process.cpuUsage(cpuAtStart);
    latencies.sort((a, b) => a - b);
    const percentile = (q) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)];
    console.log(JSON.stringify({
        version: ccxt.version,
        perSecond: latencies.length / Number(measure),
        p50Micros: percentile(0.5),
        p99Micros: percentile(0.99),
        calls: latencies.length,
        cpuMicrosPerCall: cpuAtStart === undefined ? 0 : (cpu.user + cpu.system) / latencies.length,
    }));
}

main().catch((error) => {
    console.error(error);
    process.exit(1);
});
