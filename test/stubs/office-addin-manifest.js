/**
 * Jest stand-in for office-addin-manifest (jest.config.js moduleNameMapper). office-addin-mock only
 * needs the OfficeApp enum from it, and the real package pulls in an ESM-only module that jest 30
 * cannot require on Node 20. Values as in office-addin-manifest's lib/officeApp.
 */
const OfficeApp = Object.freeze({
  Excel: "excel",
  OneNote: "onenote",
  Outlook: "outlook",
  PowerPoint: "powerpoint",
  Project: "project",
  Word: "word",
});

module.exports = { OfficeApp };
