

# ---- Command line ---------------------------------------------------------------------------


def value_of(text):
    """A --param value: a number or true/false as such, any other text as text."""
    if text in ('true', 'false'):
        return text == 'true'
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


async def start(flags, targets, params):
    seed = flags.seed if flags.seed is not None else params.get('seed')
    sketch = SKETCH(NAME, targets, params, None if seed is None else int(seed))
    sketch.load()
    setup = sketch.setup(JsObject(params, name=NAME))
    if asyncio.iscoroutine(setup):
        asyncio.ensure_future(setup)
    try:
        if SERVES:
            return await sketch.serve(flags.host, flags.port)
        return await sketch.run()
    finally:
        await sketch.close()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    if SERVES:
        parser.add_argument('-s', '--host', default=HOST,
                            help='address to listen on (default %(default)s)')
        parser.add_argument('-p', '--port', type=int, default=PORT,
                            help='port to serve on, 0 for any free one (default %(default)s)')
    parser.add_argument('--target', action='append', default=[], metavar='NAME=ws://HOST:PORT',
                        help='send to this address instead of the circuit\'s for the target '
                        'NAME (repeatable; targets: {})'.format(', '.join(TARGETS) or 'none'))
    parser.add_argument('--param', action='append', default=[], metavar='KEY=VALUE',
                        help='set a parameter of the node (repeatable)')
    parser.add_argument('--seed', type=int, default=None,
                        help='seed of the random numbers, to repeat a run')
    flags = parser.parse_args(argv)
    targets = dict(TARGETS)
    for text in flags.target:
        name, _, url = text.partition('=')
        if name not in targets:
            parser.error('--target {}: {} has no target named {} (targets: {})'.format(
                text, NAME, name, ', '.join(TARGETS) or 'none'))
        if not url.startswith('ws://'):
            parser.error('--target {}: give NAME=ws://HOST:PORT'.format(text))
        targets[name] = url.rstrip('/')
    params = dict(PARAMS)
    for text in flags.param:
        key, equals, value = text.partition('=')
        if not equals or not key.isidentifier():
            parser.error('--param {}: give KEY=VALUE'.format(text))
        params[key] = value_of(value)
    try:
        return asyncio.run(start(flags, targets, params))
    except KeyboardInterrupt:
        return 0


if __name__ == '__main__':
    sys.exit(main())
