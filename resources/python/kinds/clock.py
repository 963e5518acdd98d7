class Clock(FactoryLoop):
    """Sends tick n (or its message) to every target, waits for every ack, then `delay`
    seconds; `tacks` ticks in all (-1: for ever). Exits 0 when every tick was acknowledged,
    3 otherwise, as wirebench-node's clock."""

    STREAM_LOG = False  # its own lines: "> tick" and "< ack"

    def setup(self, params):
        self.tacks = int(params.get('tacks', 5))
        self.delay = float(params.get('delay', 1))
        self.start = float(params.get('start', 0))
        self.message = params.get('message')

    async def run(self):
        await asyncio.sleep(self.start)
        failures, tick = 0, 0
        while self.tacks < 0 or tick < self.tacks:
            payload = str(tick) if self.message is None else js_str(self.message)
            tick += 1
            self.out('> {}'.format(payload))
            try:
                acks = await self.stream('*', [payload], 'datafeed')
                for ack in acks:
                    self.out('< {}'.format(ack))
                # A tick answered with an error (a pin that could not reach its buzzer) was
                # delivered but not acknowledged.
                failures += any(ack.startswith('error: ') for ack in acks)
            except StreamError as e:
                failures += 1
                self.out('{}; trying again on the next tick'.format(e))
            if self.tacks < 0 or tick < self.tacks:
                await asyncio.sleep(self.delay)
        return 0 if failures == 0 else 3
