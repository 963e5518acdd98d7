class IOPin(FactoryLoop):
    """Set an IO pin to 0 or 1 randomly: on every message, `sequence` bits, each 0 with
    probability `chance`, streamed to every target; 'acknowledged' once all are."""

    def setup(self, params):
        self.chance = float(params.get('chance', 0.6))
        self.sequence = int(params.get('sequence', 3))

    def state(self):
        return 0 if qt_double(self.random) < self.chance else 1

    @reactive
    async def loop(self, channel, msg):
        self.out('new tick triggered on {}: {}'.format(channel, msg))
        bits_stream = [self.state() for _ in range(self.sequence)]
        self.out('toggling pin state: {}'.format(bits_stream))
        if self.targets:
            try:
                await self.stream('*', bits_stream, self.name)
            except StreamError as e:
                return 'error: {}'.format(e)
        return 'acknowledged'
