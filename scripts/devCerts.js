/**
 * The https options for the add-in's dev server: the Office dev certificates from
 * office-addin-dev-certs. Trusting their CA needs admin rights (sudo on Linux); when that fails the
 * server must still start, so this falls back to the certificate files it wrote (untrusted), or to
 * webpack-dev-server's own self-signed certificate when there are none.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");

const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

function readCertificateFiles() {
  const file = (name) => path.join(CERT_DIR, name);
  if (!["ca.crt", "localhost.crt", "localhost.key"].every((name) => fs.existsSync(file(name)))) {
    return undefined;
  }
  return {
    ca: fs.readFileSync(file("ca.crt")),
    cert: fs.readFileSync(file("localhost.crt")),
    key: fs.readFileSync(file("localhost.key")),
  };
}

/** Options for `devServer.server.options`; undefined means "let webpack-dev-server self-sign". */
async function httpsServerOptions() {
  try {
    const { ca, cert, key } = await require("office-addin-dev-certs").getHttpsServerOptions();
    return { ca, cert, key };
  } catch (error) {
    const reason = String((error && error.message) || error).split("\n")[0];
    const files = readCertificateFiles();
    console.warn(
      files
        ? `https: the Office dev CA is not trusted here (${reason}); serving with ${CERT_DIR}/localhost.crt untrusted.`
        : `https: no Office dev certificate (${reason}); serving with a self-signed certificate.`
    );
    return files;
  }
}

module.exports = { httpsServerOptions };
