// A browser page's script that calls the registry through gRPC-Web with this package's browser
// entry. `npm run build` bundles it with esbuild (dist/examples/browser-page.bundle.js); the browser
// test (CoopRegistry.EndToEnd.Tests, BrowserClientTests) serves it on a partner's origin and reads
// the answer from the page. The registry's address and a token come in the page's fragment.
import { createBrowserRegistry, ConnectError } from "../browser.js";

const settings = new URLSearchParams(location.hash.slice(1));
const answer = document.getElementById("answer")!;
const registry = createBrowserRegistry({
  address: settings.get("registry") ?? "",
  token: async () => settings.get("token") ?? "",
  timeoutMs: Number(settings.get("timeoutMs") ?? 30_000),
});

try {
  const { province } = await registry.directory.getProvince({ name: "provinces/VN-30" });
  answer.textContent = `${province?.name}: ${province?.displayNames?.vi}`;
} catch (error) {
  answer.textContent = `error: ${ConnectError.from(error).message}`;
}
answer.dataset.done = "true";
