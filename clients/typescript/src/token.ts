/** OAuth2 client credentials against the CoopRegistry token service, cached until shortly before expiry. */
export interface ClientCredentials {
  /** The token endpoint, e.g. http://127.0.0.1:5081/connect/token. */
  tokenEndpoint: string;
  clientId: string;
  clientSecret: string;
  /** Space-separated scopes; empty asks for every scope the client is allowed. */
  scope?: string;
  /** Renew this many seconds before expiry (default 60). */
  refreshBeforeSeconds?: number;
}

export class TokenError extends Error {
  constructor(message: string, readonly status: number, readonly error?: string) {
    super(message);
  }
}

/** Returns a function giving a valid access token; one request at a time, reused until near expiry. */
export function clientCredentialsToken(options: ClientCredentials): () => Promise<string> {
  let cached: { token: string; renewAt: number } | undefined;
  let inFlight: Promise<string> | undefined;
  const margin = (options.refreshBeforeSeconds ?? 60) * 1000;

  async function fetchToken(): Promise<string> {
    const form = new URLSearchParams({
      grant_type: "client_credentials",
      client_id: options.clientId,
      client_secret: options.clientSecret,
    });
    if (options.scope) form.set("scope", options.scope);
    const response = await fetch(options.tokenEndpoint, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: form,
    });
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok || typeof body.access_token !== "string") {
      const error = typeof body.error === "string" ? body.error : undefined;
      throw new TokenError(`token request failed (${response.status}${error ? ` ${error}` : ""})`, response.status, error);
    }
    const lifetime = typeof body.expires_in === "number" ? body.expires_in * 1000 : 300_000;
    cached = { token: body.access_token, renewAt: Date.now() + Math.max(lifetime - margin, lifetime / 2) };
    return body.access_token;
  }

  return async () => {
    if (cached && Date.now() < cached.renewAt) return cached.token;
    inFlight ??= fetchToken().finally(() => (inFlight = undefined));
    return inFlight;
  };
}
