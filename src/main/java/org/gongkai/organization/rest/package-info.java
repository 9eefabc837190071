/** The administration API for agencies and staff. */
@NullMarked
package org.gongkai.organization.rest;

import org.jspecify.annotations.NullMarked;
