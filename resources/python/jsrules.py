

# ---- JavaScript's rules, where Python's differ (the translated sketch calls these) ----------


def js_num(value):
    """Number(value)."""
    if value is None:
        return math.nan
    if value is True or value is False:
        return int(value)
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, str):
        text = value.strip()
        if text == '':
            return 0
        try:
            return int(text, 0) if text.lower().startswith(('0x', '0o', '0b')) else \
                int(text) if text.lstrip('+-').isdigit() else float(text)
        except ValueError:
            return math.nan
    if isinstance(value, list):
        return js_num(js_str(value)) if len(value) <= 1 else math.nan
    return math.nan


def js_truthy(value):
    """Boolean(value): an empty list or object is true, NaN is false."""
    if isinstance(value, (list, dict)):
        return True
    if isinstance(value, float) and value != value:
        return False
    return bool(value)


def js_add(a, b):
    """a + b: concatenation when either side is a string (or a list or object)."""
    if isinstance(a, (str, list, dict)) or isinstance(b, (str, list, dict)):
        return js_str(a) + js_str(b)
    return js_num(a) + js_num(b)


def js_div(a, b):
    a, b = js_num(a), js_num(b)
    if b == 0:
        return math.nan if a == 0 or a != a else math.copysign(math.inf, a) * math.copysign(1, b)
    return a / b


def js_mod(a, b):
    """a % b: the sign of a, as JavaScript's remainder."""
    a, b = js_num(a), js_num(b)
    if b == 0 or a != a or b != b or a in (math.inf, -math.inf):
        return math.nan
    if isinstance(a, int) and isinstance(b, int):
        return int(math.copysign(abs(a) % abs(b), a)) if a % b else 0
    return math.fmod(a, b)


def js_primitive(value):
    return value is None or isinstance(value, (bool, int, float, str))


def js_eq(a, b):
    """a === b."""
    if js_primitive(a) and js_primitive(b):
        if isinstance(a, bool) or isinstance(b, bool):
            return type(a) is type(b) and a == b
        if isinstance(a, str) or isinstance(b, str):
            return type(a) is type(b) and a == b
        return a == b
    return a is b


def js_loose_eq(a, b):
    """a == b."""
    if a is None or b is None:
        return a is None and b is None
    if js_primitive(a) and js_primitive(b):
        if isinstance(a, str) and isinstance(b, str):
            return a == b
        return js_num(a) == js_num(b)
    if js_primitive(a) or js_primitive(b):
        return js_loose_eq(js_str(a) if not js_primitive(a) else a,
                           js_str(b) if not js_primitive(b) else b)
    return a is b


def js_or(a, b):
    return a if js_truthy(a) else b()


def js_and(a, b):
    return b() if js_truthy(a) else a


def js_index(key):
    if isinstance(key, float) and key == int(key):
        return int(key)
    return key


def js_get(value, key):
    """value[key] (and value.key): undefined (None) where there is nothing."""
    key = js_index(key)
    if isinstance(value, dict):
        return value.get(key if isinstance(key, str) else js_str(key))
    if isinstance(value, (list, str)):
        if key == 'length':
            return len(value)
        if isinstance(key, int) and not isinstance(key, bool) and 0 <= key < len(value):
            return value[key]
        return None
    if value is None:
        raise TypeError('cannot read {} of undefined'.format(js_str(key)))
    return None


def js_set(value, key, item):
    key = js_index(key)
    if isinstance(value, dict):
        value[key if isinstance(key, str) else js_str(key)] = item
    elif isinstance(value, list) and isinstance(key, int) and key >= 0:
        value.extend([None] * (key + 1 - len(value)))
        value[key] = item
    else:
        raise TypeError('cannot set {} of {}'.format(js_str(key), js_str(value)))


def js_push(array, *items):
    array.extend(items)
    return len(array)


def js_pop(array):
    return array.pop() if array else None


def js_join(array, separator=','):
    return js_str(separator).join('' if v is None else js_str(v) for v in array)


def js_index_of(value, item):
    if isinstance(value, str):
        return value.find(js_str(item))
    for i, v in enumerate(value):
        if js_eq(v, item):
            return i
    return -1


def js_slice(value, start=None, end=None):
    start = 0 if start is None else int(js_num(start))
    end = len(value) if end is None else int(js_num(end))
    return value[start:end]


def js_split(text, separator=None):
    text = js_str(text)
    if separator is None:
        return [text]
    separator = js_str(separator)
    return list(text) if separator == '' else text.split(separator)


def js_fixed(value, digits=0):
    return '{:.{}f}'.format(js_num(value), int(js_num(digits)))


def js_sqrt(value):
    return math.sqrt(value) if value >= 0 else math.nan


def js_sign(value):
    return math.nan if value != value else (value > 0) - (value < 0)


def js_parse_int(text, radix=10):
    text = js_str(text).strip()
    sign = -1 if text.startswith('-') else 1
    text = text.lstrip('+-')
    radix = int(js_num(radix)) or 10
    if radix == 16 and text.lower().startswith('0x'):
        text = text[2:]
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'[:radix]
    end = 0
    while end < len(text) and text[end].lower() in digits:
        end += 1
    return sign * int(text[:end], radix) if end else math.nan


def js_parse_float(text):
    match = re.match(r'[+-]?(Infinity|(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)', js_str(text).strip())
    if not match:
        return math.nan
    number = match.group(0)
    return float(number.replace('Infinity', 'inf'))


async def js_resolve(value):
    """await value: a value that is not a Promise is its own result."""
    if asyncio.isfuture(value) or asyncio.iscoroutine(value):
        return await value
    return value
