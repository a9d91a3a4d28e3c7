{{/* The name of every object of a release. */}}
{{- define "psb.fullname" -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "psb.selectorLabels" -}}
app.kubernetes.io/name: perf-sheriff-bot
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "psb.labels" -}}
{{ include "psb.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
{{- end -}}

{{/* Combinations that cannot work stop the install with a sentence saying why. */}}
{{- define "psb.checks" -}}
{{- if and (not .Values.database.url) (gt (int .Values.replicaCount) 1) -}}
{{- fail "replicaCount > 1 needs database.url: the embedded PostgreSQL lives in one pod's volume and cannot be shared. Set database.url and database.existingSecret, or replicaCount: 1." -}}
{{- end -}}
{{- if and .Values.database.url (not .Values.database.existingSecret) -}}
{{- fail "database.url needs database.existingSecret: the name of a Secret holding the database password." -}}
{{- end -}}
{{- range $name, $value := .Values.config -}}
{{- if regexMatch "(TOKEN|SECRET|PASSWORD|API_?KEY)" (upper $name) -}}
{{- fail (printf "config.%s looks like a secret: put it into the Secret named by credentials.existingSecret, not into the ConfigMap." $name) -}}
{{- end -}}
{{- end -}}
{{- if and .Values.ingress.enabled (not .Values.ingress.host) -}}
{{- fail "ingress.enabled needs ingress.host: the host name Slack calls." -}}
{{- end -}}
{{- end -}}

{{- define "psb.embedded" -}}
{{- if not .Values.database.url -}}true{{- end -}}
{{- end -}}
