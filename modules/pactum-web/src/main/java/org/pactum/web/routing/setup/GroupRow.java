package org.pactum.web.routing.setup;

import java.io.Serializable;
import java.util.List;

import org.pactum.web.faces.Shown;

/** A group of approvers on its list: its code, name and members by name. */
public record GroupRow(String code, Shown name, List<String> members) implements Serializable {
}
