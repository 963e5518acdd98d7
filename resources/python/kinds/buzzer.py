class Buzzer(FactoryLoop):
    """Buzz on light changes: its sound for 1, '...' for anything else."""

    def setup(self, params):
        self.sound = js_str(params.get('sound', 'buzz buzz buzz'))

    @reactive
    async def loop(self, channel, signal_):
        behavior = self.sound if signal_ == '1' else '...'
        self.out('signal {} received -> {}'.format(signal_, behavior))
        return behavior
