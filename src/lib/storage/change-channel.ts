/**
 * Tells other tabs of the same site that the store changed (BroadcastChannel
 * does not deliver a message to the channel object that sent it).
 */
export class ChangeChannel {
	readonly #channel: BroadcastChannel | undefined;
	readonly #listeners = new Set<() => void>();

	constructor(name: string) {
		if (typeof BroadcastChannel === 'undefined') return;
		this.#channel = new BroadcastChannel(name);
		this.#channel.onmessage = () => {
			for (const listener of this.#listeners) listener();
		};
	}

	announce(): void {
		this.#channel?.postMessage('changed');
	}

	/** Returns the function that stops listening. */
	listen(listener: () => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	close(): void {
		this.#listeners.clear();
		this.#channel?.close();
	}
}
