/*
 * vc_event_json.h - the published JSON form of an event (schema in
 * schema/event.schema.json).  One function builds the object so the daemon
 * and `vigil extract` emit byte-identical events.
 */
#ifndef VC_EVENT_JSON_H
#define VC_EVENT_JSON_H

#include <jansson.h>

#include "vc_envelope.h"
#include "vigil.h"

/* New reference to the event object; NULL on allocation failure.  The
 * evidence sentence is cut from doc->body. */
json_t *vc_event_to_json(const vg_event *e, const vg_doc *doc, const vc_envelope *env);

#endif
