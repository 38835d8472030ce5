/** An object every read of which throws: the most hostile value a partner's script could pass. */
export function throwingProxy(): object {
  const boom = () => {
    throw new Error('boom');
  };
  return new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom });
}
