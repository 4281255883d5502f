// Saves a file the console received from the registry (a document, an export) in the browser.
window.coopDownload = async (fileName, contentType, streamReference) => {
  const buffer = await streamReference.arrayBuffer();
  const url = URL.createObjectURL(new Blob([buffer], { type: contentType }));
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = fileName ?? "";
  anchor.click();
  anchor.remove();
  URL.revokeObjectURL(url);
};
