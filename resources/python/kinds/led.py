class Led(FactoryLoop):
    """An LED: 'on' for 1, 'off' for anything else."""

    @reactive
    async def loop(self, channel, signal_):
        ack = 'on' if signal_ == '1' else 'off'
        self.out('signal {} received -> {}'.format(signal_, ack))
        return ack
