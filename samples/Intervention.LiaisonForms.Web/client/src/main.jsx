import { StrictMode, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import Form from "@rjsf/core";
import { customizeValidator } from "@rjsf/validator-ajv8";
import Ajv2020 from "ajv/dist/2020.js";
import "./style.css";

// Our schemas are draft 2020-12: the form's own validator must speak it too.
const validator = customizeValidator({ AjvClass: Ajv2020 });

const documents = [
  { name: "liaison-sheet", version: "2.0.0", language: "fr", label: "Fiche de liaison vers un service social partenaire" },
  { name: "quebec-social-referral", version: "1.0.0", language: "fr-CA", label: "Référence sociale (Québec)" },
];

const uiSchema = { schemaId: { "ui:widget": "hidden" }, "ui:submitButtonOptions": { submitText: "Envoyer" } };

// What the form holds for fields left alone (empty texts, lists, groups) is not sent: an optional field is omitted, never empty.
function prune(value) {
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((v) => v !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).map(([k, v]) => [k, prune(v)]).filter(([, v]) => v !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value === "" || value === null ? undefined : value;
}

// The server's problems (path "sender.email", "findings[2].reason") as the form's extra errors.
function toExtraErrors(problems) {
  const errors = {};
  for (const { path, message } of problems) {
    let node = errors;
    for (const segment of path.replace(/\[(\d+)\]/g, ".$1").split(".").filter(Boolean)) {
      node = node[segment] ??= {};
    }
    (node.__errors ??= []).push(message);
  }
  return errors;
}

function DocumentForm({ name, version, language }) {
  const [schema, setSchema] = useState(null);
  const [formData, setFormData] = useState({});
  const [problems, setProblems] = useState([]);
  const [accepted, setAccepted] = useState(null);

  useEffect(() => {
    setSchema(null);
    setProblems([]);
    setAccepted(null);
    fetch(`/schemas/${name}/${version}/${language}.schema.json`)
      .then((response) => response.json())
      .then((loaded) => {
        setSchema(loaded);
        setFormData({ schemaId: loaded.properties.schemaId.const });
      });
  }, [name, version, language]);

  async function submit({ formData: data }) {
    setAccepted(null);
    const response = await fetch(`/documents/${name}?lang=${language}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(prune(data) ?? {}),
    });
    const answer = await response.json();
    if (response.ok) {
      setProblems([]);
      setAccepted(answer.accepted);
    } else {
      setProblems(answer.errors);
    }
  }

  if (!schema) {
    return <p>Chargement du schéma…</p>;
  }

  return (
    <section aria-labelledby="form-title">
      <h2 id="form-title">{schema.title}</h2>
      <p>{schema.description}</p>
      {problems.length > 0 && (
        <div role="alert" className="problems">
          <h3>Le serveur refuse le document</h3>
          <ul>
            {problems.map((p, i) => (
              <li key={i} data-code={p.code}>
                <code>{p.path || "document"}</code> : {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {accepted && (
        <div role="status" className="accepted">
          Document accepté par le serveur.
        </div>
      )}
      <Form
        schema={schema}
        uiSchema={uiSchema}
        validator={validator}
        formData={formData}
        onChange={({ formData: data }) => setFormData(data)}
        onSubmit={submit}
        extraErrors={toExtraErrors(problems)}
        experimental_defaultFormStateBehavior={{ emptyObjectFields: "populateRequiredDefaults" }}
        noHtml5Validate
        noValidate
        showErrorList={false}
      />
    </section>
  );
}

function App() {
  const [current, setCurrent] = useState(documents[0]);
  return (
    <>
      <h1>Fiches de liaison</h1>
      <nav aria-label="Documents">
        <label htmlFor="document">Document</label>{" "}
        <select id="document" value={current.name} onChange={(e) => setCurrent(documents.find((d) => d.name === e.target.value))}>
          {documents.map((d) => (
            <option key={d.name} value={d.name}>
              {d.label}
            </option>
          ))}
        </select>
      </nav>
      <DocumentForm key={current.name} name={current.name} version={current.version} language={current.language} />
    </>
  );
}

createRoot(document.getElementById("root")).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
